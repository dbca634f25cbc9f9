// Renders one product from ?id= and switches gallery images in place, without a page load.
(function () {
  const { cart, findProduct, formatPrice } = window.Shop;
  const id = new URLSearchParams(location.search).get('id');
  const product = id && findProduct(id);

  if (!product) {
    document.getElementById('product-detail').hidden = true;
    document.getElementById('product-missing').hidden = false;
    document.getElementById('breadcrumb-current').textContent = 'Not found';
    document.title = 'Product not found — Fernway Goods';
    return;
  }

  document.title = `${product.name} — Fernway Goods`;
  document.getElementById('breadcrumb-current').textContent = product.name;
  document.getElementById('product-category').textContent = product.category;
  document.getElementById('product-name').textContent = product.name;
  document.getElementById('product-price').textContent = formatPrice(product.price);
  document.getElementById('product-description').textContent = product.description;

  const addButton = document.getElementById('add-to-cart');
  const buyNow = document.getElementById('buy-now');
  addButton.dataset.slProduct = product.id;
  buyNow.dataset.slProduct = product.id;

  const main = document.getElementById('product-image');
  const thumbs = document.getElementById('gallery-thumbs');
  const VIEWS = ['Studio', 'Close-up', 'Colour'];

  thumbs.innerHTML = VIEWS.map(
    (label, view) => `
      <button type="button" class="thumb" data-view="${view}" data-testid="thumb-${view}"
              data-sl-gallery="${view}" aria-label="Show ${label.toLowerCase()} image">
        ${window.productArt(product, view)}
      </button>`,
  ).join('');

  function showView(view) {
    main.innerHTML = window.productArt(product, view);
    main.dataset.view = String(view);
    thumbs.querySelectorAll('.thumb').forEach((thumb) => {
      thumb.setAttribute('aria-pressed', String(thumb.dataset.view === String(view)));
    });
  }

  thumbs.addEventListener('click', (event) => {
    const thumb = event.target.closest('.thumb');
    if (thumb) showView(Number(thumb.dataset.view));
  });
  showView(0);

  const status = document.getElementById('cart-status');
  let statusTimer;
  addButton.addEventListener('click', () => {
    cart.add(product.id);
    status.innerHTML = `Added to your cart. <a href="/cart.html" id="view-cart">View cart</a>`;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => (status.textContent = ''), 6000);
  });

  // "Buy now" puts the product in the cart (once) and lets the link navigate to checkout.
  buyNow.addEventListener('click', () => {
    if (!cart.items().some((item) => item.id === product.id)) cart.add(product.id);
  });
})();
