// Served at /embed/height.js beside the iframe page /embed: tells the page that frames it how tall the
// widget is, whenever that changes, so four lines on that page can size the iframe (docs/embedding.md,
// "The iframe"). The message holds a number only, so it may go to any origin. Not part of the widget.
(() => {
  if (window.parent === window) return;
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'hamstring-check:height', height }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
})();
