import '../src/ldn-decision-aid.js';

// Shows the widget's DOM events, as a clinic's analytics or form code would receive them.
const log = document.querySelector('#event-log');
const append = (text: string) => {
  const item = document.createElement('li');
  item.textContent = text;
  log?.append(item);
};
document.addEventListener('ldn-step-change', (event) => append(`ldn-step-change: ${event.detail.step}`));
document.addEventListener('ldn-complete', (event) => append(`ldn-complete: ${event.detail.guide.safety.length} safety flag(s)`));
