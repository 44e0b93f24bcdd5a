// The sample host page's own script: logs the lab's events and drives reset / go-to-step.
const lesson = document.getElementById('lesson');
const log = document.getElementById('log');
for (const type of ['ready', 'step-passed', 'lesson-completed', 'progress']) {
  lesson.addEventListener(`iam-lab:${type}`, (event) => {
    const li = document.createElement('li');
    li.textContent = `${type}: ${JSON.stringify(event.detail)}`;
    log.appendChild(li);
  });
}
document.getElementById('reset').addEventListener('click', () => lesson.reset());
document.getElementById('go').addEventListener('click', () => lesson.goToStep(Number(document.getElementById('step').value)));
