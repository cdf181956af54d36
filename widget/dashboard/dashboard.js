// The clinic dashboard's script (/clinics/<id>/dashboard, worker/dashboard/page.ts): asks once for the
// stats token, keeps it in sessionStorage only (this tab, until it closes), and puts the panels the
// server renders (SVG charts with their tables) in place for the chosen date range.
(() => {
  const main = document.querySelector('main[data-clinic]');
  if (!main) return;
  const id = main.dataset.clinic;
  const key = `hamstring-check:stats-token:${id}`;
  const tokenForm = document.getElementById('token-form');
  const rangeForm = document.getElementById('range-form');
  const panels = document.getElementById('panels');
  const status = document.getElementById('status');
  const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  const askToken = (message) => {
    rangeForm.hidden = true;
    tokenForm.hidden = false;
    status.textContent = message ?? '';
    tokenForm.elements.token.focus();
  };

  const load = async () => {
    const token = sessionStorage.getItem(key);
    if (!token) return askToken();
    tokenForm.hidden = true;
    rangeForm.hidden = false;
    status.textContent = 'Loading…';
    const query = new URLSearchParams({
      from: rangeForm.elements.from.value,
      to: rangeForm.elements.to.value,
    });
    let res;
    try {
      res = await fetch(`/clinics/${encodeURIComponent(id)}/dashboard/panels?${query}`, {
        headers: { Authorization: `Bearer ${token}` },
        cache: 'no-store',
      });
    } catch {
      status.textContent = 'Could not reach the server. Check your connection and press Show again.';
      return;
    }
    if (!res.ok) {
      const problem = await res.json().catch(() => ({}));
      if (res.status === 401 || res.status === 403) {
        sessionStorage.removeItem(key);
        panels.replaceChildren();
        return askToken(problem.detail ?? 'This token does not open these stats.');
      }
      status.textContent = problem.detail ?? `The server answered ${res.status}.`;
      return;
    }
    panels.replaceChildren(document.createRange().createContextualFragment(await res.text()));
    status.textContent = `Showing ${query.get('from')} to ${query.get('to')}.`;
  };

  tokenForm.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(key, tokenForm.elements.token.value.trim());
    tokenForm.elements.token.value = '';
    void load();
  });
  rangeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  document.getElementById('forget').addEventListener('click', () => {
    sessionStorage.removeItem(key);
    panels.replaceChildren();
    askToken('The token is forgotten in this tab.');
  });

  rangeForm.elements.from.value = day(-29);
  rangeForm.elements.to.value = day(0);
  void load();
})();
