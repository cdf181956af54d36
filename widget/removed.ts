/**
 * @module When the element has really left the page. A page that moves it (appending it elsewhere)
 * disconnects and reconnects it at once; only a removal should abort what it has under way.
 */
export const whenRemoved = (host: Element, then: () => void) =>
  queueMicrotask(() => host.isConnected || then());
