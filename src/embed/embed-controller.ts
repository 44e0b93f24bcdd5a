/**
 * Runs one lesson inside an embed: opens it (at the asked step), tells the host what happens through the
 * bridge, and obeys the host's `reset` and `go-to-step`.
 */
import type { LabApp } from '../app/lab-app.svelte.ts';
import type { LessonProgress } from '../app/ports.ts';
import type { EmbedBridge } from './bridge.ts';
import { progressEvents, type LessonShape } from './progress-events.ts';
import { labMessage, type HostMessage } from './protocol.ts';

export class EmbedController {
  private last: LessonProgress | undefined;
  private busy: Promise<void> = Promise.resolve();

  constructor(
    private readonly app: LabApp,
    readonly lessonId: string,
    private readonly bridge: Pick<EmbedBridge, 'post'>,
  ) {}

  /** Open the lesson, at `step` (1-based) when given, then say `ready`. */
  async start(step: number | undefined): Promise<void> {
    if (step !== undefined && step > 1) await this.moveTo(step);
    else await this.open(step === 1);
  }

  /** Obey a host's message (one at a time, in order). */
  handle(message: HostMessage): Promise<void> {
    this.busy = this.busy.then(() => (message.type === 'reset' ? this.reset() : this.moveTo(message.step))).catch(() => {});
    return this.busy;
  }

  /** Called by the page whenever the player's progress changes. */
  progressChanged(progress: LessonProgress, onIntro: boolean): void {
    const shape = this.shape();
    if (!shape || progress.lessonId !== shape.id) return;
    for (const m of progressEvents(shape, this.last, progress, onIntro)) this.bridge.post(m);
    this.last = progress;
  }

  private shape(): LessonShape | undefined {
    const lesson = this.app.player?.lesson;
    return lesson ? { id: lesson.id, stepIds: lesson.steps.map((s) => s.id) } : undefined;
  }

  private async open(startNow: boolean): Promise<void> {
    await this.app.openLesson(this.lessonId);
    const player = this.app.player;
    if (!player) return;
    if (startNow && player.snapshot.value === 'intro') player.send({ type: 'START' });
    this.last = player.progress;
    this.bridge.post(labMessage<'ready'>(player.lesson.id, { type: 'ready', title: player.lesson.title, steps: player.lesson.steps.length }));
    this.progressChanged(player.progress, player.snapshot.value === 'intro');
  }

  private async reset(): Promise<void> {
    const player = this.app.player;
    if (!player) return;
    await player.restartLesson();
    await this.app.workspace?.save();
    this.last = undefined;
    await this.open(false);
  }

  private async moveTo(step: number): Promise<void> {
    if (!this.app.player) await this.app.openLesson(this.lessonId);
    const player = this.app.player;
    if (!player) return;
    const index = Math.min(step, player.lesson.steps.length) - 1;
    await this.app.store.putProgress({ ...player.progress, stepIndex: index, completedAt: player.progress.completedAt });
    await this.app.workspace?.save();
    await this.open(true);
  }
}
