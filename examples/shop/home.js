// Renders the product grid and the hero collage from the shared catalogue.
(function () {
  const { formatPrice, escapeHtml } = window.Shop;
  const products = window.SHOP_PRODUCTS;

  document.getElementById('product-grid').innerHTML = products
    .map(
      (product) => `
      <a class="product-card" href="/product.html?id=${product.id}"
         data-testid="product-link-${product.id}" data-sl-product="${product.id}">
        <div class="product-image">${window.productArt(product)}</div>
        <div class="product-meta">
          <span class="product-category">${escapeHtml(product.category)}</span>
          <h3>${escapeHtml(product.name)}</h3>
          <span class="product-price">${formatPrice(product.price)}</span>
        </div>
      </a>`,
    )
    .join('');

  // Decorative only: three products shown in the hero.
  ['p3', 'p1', 'p6'].forEach((id, index) => {
    const tile = document.getElementById(`hero-tile-${index + 1}`);
    if (tile) tile.innerHTML = window.productArt(window.Shop.findProduct(id), index === 1 ? 0 : 2);
  });
})();
