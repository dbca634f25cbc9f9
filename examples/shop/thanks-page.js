// The order is "placed": empty the cart and show a made-up order number.
(function () {
  window.Shop.cart.clear();
  const number = Math.floor(10000 + Math.random() * 90000);
  document.getElementById('order-number').textContent = `#FW-${number}`;
})();
