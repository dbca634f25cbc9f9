// Fills the order summary from the cart. The form itself posts natively to /thanks.
(function () {
  const { cart, findProduct, formatPrice, escapeHtml } = window.Shop;
  const FREE_SHIPPING_FROM = 5000;
  const SHIPPING = 600;

  const items = cart.items();
  const subtotal = cart.total();
  const shipping = subtotal === 0 || subtotal >= FREE_SHIPPING_FROM ? 0 : SHIPPING;

  document.getElementById('summary-lines').innerHTML = items
    .map(({ id, qty }) => {
      const product = findProduct(id);
      return `<li><span>${escapeHtml(product.name)} × ${qty}</span><span>${formatPrice(product.price * qty)}</span></li>`;
    })
    .join('');
  document.getElementById('summary-empty').hidden = items.length > 0;
  document.getElementById('summary-shipping').textContent = shipping ? formatPrice(shipping) : 'Free';
  document.getElementById('summary-total').textContent = formatPrice(subtotal + shipping);
})();
