// Shared helpers for every page: catalogue lookup, prices, the cart, and the header badge.
(function () {
  const CART_KEY = 'shop-cart';
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

  const findProduct = (id) => window.SHOP_PRODUCTS.find((product) => product.id === id);
  const formatPrice = (cents) => money.format(cents / 100);

  function readCart() {
    try {
      const items = JSON.parse(localStorage.getItem(CART_KEY) || '[]');
      // Drop entries for products that no longer exist in the catalogue.
      return Array.isArray(items) ? items.filter((item) => findProduct(item.id) && item.qty > 0) : [];
    } catch {
      return [];
    }
  }

  function writeCart(items) {
    try {
      localStorage.setItem(CART_KEY, JSON.stringify(items));
    } catch {
      // Storage can be full or blocked (private mode); the cart just won't persist.
    }
    renderCartCount();
  }

  const cart = {
    items: readCart,
    add(id, qty = 1) {
      const items = readCart();
      const line = items.find((item) => item.id === id);
      if (line) line.qty += qty;
      else items.push({ id, qty });
      writeCart(items);
    },
    remove(id) {
      writeCart(readCart().filter((item) => item.id !== id));
    },
    clear() {
      writeCart([]);
    },
    count: () => readCart().reduce((sum, item) => sum + item.qty, 0),
    total: () => readCart().reduce((sum, item) => sum + findProduct(item.id).price * item.qty, 0),
  };

  function renderCartCount() {
    const badge = document.getElementById('cart-count');
    if (!badge) return;
    const count = cart.count();
    badge.textContent = String(count);
    badge.hidden = count === 0;
  }

  // Escapes catalogue text before it goes into innerHTML templates.
  const escapeHtml = (text) =>
    String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

  function markCurrentNav() {
    const current = document.body.dataset.page;
    document.querySelectorAll('.site-nav a').forEach((link) => {
      if (link.dataset.nav === current) link.setAttribute('aria-current', 'page');
    });
  }

  window.Shop = { cart, findProduct, formatPrice, escapeHtml };

  renderCartCount();
  markCurrentNav();
  // Keep the badge right when the cart changes in another tab.
  window.addEventListener('storage', (event) => {
    if (event.key === CART_KEY) renderCartCount();
  });
})();
