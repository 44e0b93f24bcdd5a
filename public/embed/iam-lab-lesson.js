// IAM Lab embed loader: defines <iam-lab-lesson lesson="secure-root" step="1" theme="dark">.
// Add it with <script src="https://LAB-HOST/PATH/embed/iam-lab-lesson.js" defer></script>.
// The element creates an iframe on the lab's embed page (no cookies, no special headers) and turns the
// lab's postMessage events into DOM events on the element: `iam-lab:ready`, `iam-lab:step-passed`,
// `iam-lab:lesson-completed`, `iam-lab:progress` (the message is `event.detail`).
// Methods: element.reset(), element.goToStep(n). Protocol: docs/embedding.md (version 1).
(() => {
  'use strict';
  if (customElements.get('iam-lab-lesson')) return;
  const script = document.currentScript;
  // The lab lives next to this script's folder: .../embed/iam-lab-lesson.js -> .../embed.html
  const labBase = new URL('../', script && script.src ? script.src : location.href);
  const labOrigin = labBase.origin;
  const PROTOCOL = 'iam-lab';
  const VERSION = 1;

  class IamLabLesson extends HTMLElement {
    static get observedAttributes() {
      return ['lesson', 'step', 'theme'];
    }

    connectedCallback() {
      if (!this.frame) this.render();
      if (!this.listener) {
        this.listener = (event) => {
          // Only the lab's own origin, and only this element's frame.
          if (event.origin !== labOrigin || !this.frame || event.source !== this.frame.contentWindow) return;
          const data = event.data;
          if (!data || data.protocol !== PROTOCOL || data.version !== VERSION || typeof data.type !== 'string') return;
          this.dispatchEvent(new CustomEvent(`iam-lab:${data.type}`, { detail: data, bubbles: true }));
        };
        window.addEventListener('message', this.listener);
      }
    }

    disconnectedCallback() {
      if (this.listener) window.removeEventListener('message', this.listener);
      this.listener = undefined;
    }

    attributeChangedCallback() {
      if (this.frame) this.render();
    }

    render() {
      const url = new URL('embed.html', labBase);
      url.searchParams.set('lesson', this.getAttribute('lesson') || '');
      const step = this.getAttribute('step');
      if (step) url.searchParams.set('step', step);
      const theme = this.getAttribute('theme');
      if (theme) url.searchParams.set('theme', theme);
      url.searchParams.set('origin', location.origin);
      if (!this.frame) {
        this.frame = document.createElement('iframe');
        this.frame.style.cssText = 'width:100%;border:1px solid #8884;border-radius:6px;';
        this.frame.style.height = this.getAttribute('height') || '640px';
        this.frame.setAttribute('loading', 'lazy');
        this.appendChild(this.frame);
      }
      this.frame.title = this.getAttribute('title') || `IAM Lab lesson: ${this.getAttribute('lesson') || ''}`;
      this.frame.src = url.href;
    }

    send(message) {
      if (this.frame && this.frame.contentWindow) this.frame.contentWindow.postMessage({ protocol: PROTOCOL, version: VERSION, ...message }, labOrigin);
    }

    /** Start the lesson over. */
    reset() {
      this.send({ type: 'reset' });
    }

    /** Open step n (1-based). */
    goToStep(n) {
      this.send({ type: 'go-to-step', step: n });
    }
  }

  customElements.define('iam-lab-lesson', IamLabLesson);
})();
