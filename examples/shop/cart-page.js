// Lists the cart with remove buttons; re-renders whenever the cart changes.
(function () {
  const { cart, findProduct, formatPrice, escapeHtml } = window.Shop;
  const list = document.getElementById('cart-items');

  function render() {
    const items = cart.items();
    document.getElementById('cart-empty').hidden = items.length > 0;
    document.getElementById('cart-filled').hidden = items.length === 0;
    document.getElementById('cart-total').textContent = formatPrice(cart.total());

    list.innerHTML = items
      .map(({ id, qty }) => {
        const product = findProduct(id);
        return `
        <li class="cart-line" data-testid="cart-line-${id}">
          <a class="cart-thumb" href="/product.html?id=${id}" data-sl-product="${id}">${window.productArt(product)}</a>
          <div class="cart-line-info">
            <a href="/product.html?id=${id}" data-sl-product="${id}">${escapeHtml(product.name)}</a>
            <span class="muted">Qty ${qty} · ${formatPrice(product.price)} each</span>
          </div>
          <span class="cart-line-price">${formatPrice(product.price * qty)}</span>
          <button type="button" class="remove" data-id="${id}" data-testid="remove-${id}"
                  data-sl-product="${id}" aria-label="Remove ${escapeHtml(product.name)}">Remove</button>
        </li>`;
      })
      .join('');
  }

  list.addEventListener('click', (event) => {
    const button = event.target.closest('.remove');
    if (!button) return;
    cart.remove(button.dataset.id);
    render();
  });
  window.addEventListener('storage', render);
  render();
})();
