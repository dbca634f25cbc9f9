// Client-side tabs: each tab has its own path (/about/story, /about/team) set with
// history.pushState, so switching tabs is an SPA navigation and back/forward restore the tab.
(function () {
  const TABS = { story: 'Our story', team: 'The team' };
  const DEFAULT_TAB = 'story';

  function tabFromPath(pathname) {
    const match = /^\/about\/(story|team)\/?$/.exec(pathname);
    return match ? match[1] : DEFAULT_TAB;
  }

  function show(tab) {
    for (const name of Object.keys(TABS)) {
      const active = name === tab;
      document.getElementById(`tab-${name}`).setAttribute('aria-selected', String(active));
      document.getElementById(`panel-${name}`).hidden = !active;
    }
    document.title = `${TABS[tab]} — About — Fernway Goods`;
  }

  document.querySelector('.tabs').addEventListener('click', (event) => {
    const link = event.target.closest('a[data-tab]');
    // Let modified clicks open a new tab or window as usual.
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (link.pathname !== location.pathname) history.pushState({ tab: link.dataset.tab }, '', link.pathname);
    show(link.dataset.tab);
  });

  window.addEventListener('popstate', () => show(tabFromPath(location.pathname)));
  show(tabFromPath(location.pathname));
})();
