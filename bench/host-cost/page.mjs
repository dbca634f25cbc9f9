// The test page: a storefront with a checkout form (about 950 elements), a live region that
// mutates continuously, and an in-page SPA navigation. Generated deterministically.
export function pageHtml(head) {
  const words = 'quick amber linen walnut canvas harbor meadow copper velvet summit lantern orchid granite maple pebble willow'.split(' ');
  const w = (i, n) => Array.from({ length: n }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ');
  const img = (i) => 'data:image/svg+xml,' + encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90"><rect width="160" height="90" fill="hsl(${(i * 37) % 360},55%,70%)"/><circle cx="80" cy="45" r="${20 + (i % 15)}" fill="#fff8"/></svg>`);
  const cards = Array.from({ length: 64 }, (_, i) => `<div class="card" data-sku="sku-${i}"><img src="${img(i)}" alt="${w(i, 2)}"><h3>${w(i, 3)}</h3><p class="desc">${w(i + 1, 12)}</p><span class="price">$${(9 + (i * 13) % 90)}.99</span> <button class="add" type="button">Add to cart</button> <a class="details" href="#p${i}">Details</a></div>`).join('');
  const article = Array.from({ length: 30 }, (_, i) => `<p>${w(i, 40)} <em>${w(i + 3, 3)}</em> ${w(i + 5, 25)}</p>`).join('');
  const rows = Array.from({ length: 60 }, (_, i) => `<tr><td>${w(i, 1)}</td><td>${i * 3} mm</td><td>${w(i + 2, 2)}</td><td>${(i * 1.7).toFixed(1)} kg</td></tr>`).join('');
  const footer = Array.from({ length: 50 }, (_, i) => `<a href="#f${i}">${w(i, 2)}</a>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Northwind Goods - Checkout</title>${head}
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#222}
header{position:sticky;top:0;z-index:5;background:#23313f;display:flex;gap:16px;padding:10px 20px}
header a{color:#fff;text-decoration:none} header .cart{margin-left:auto;color:#ffca28}
main{display:grid;grid-template-columns:1fr 360px;gap:24px;padding:20px}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:14px}
.card{border:1px solid #ddd;border-radius:8px;padding:10px} .card img{width:100%;height:90px}
.price{font-weight:700;color:#087} button{cursor:pointer}
#live{height:140px;overflow:hidden;background:#f5f5f5;font-size:12px}
table{border-collapse:collapse} td{border:1px solid #eee;padding:3px 8px}
form label{display:block;margin:8px 0 2px} form input,form select,form textarea{width:95%;padding:6px}
footer{columns:5;padding:20px;background:#eee} footer a{display:block}
</style></head><body>
<header><a href="/">Home</a><a href="#new">New</a><a href="#men">Men</a><a href="#women">Women</a><a href="#sale">Sale</a><a href="#help">Help</a><a class="cart" href="#cart">Cart (0)</a></header>
<main><div id="content"><h1 id="title">Autumn range</h1><div class="grid">${cards}</div><div id="live" aria-live="polite"></div><article>${article}</article><table>${rows}</table></div>
<aside><h2 id="step">Checkout</h2>
<form id="checkout" autocomplete="off">
<label for="name">Full name</label><input id="name" name="name">
<label for="email">Email</label><input id="email" name="email" type="email">
<label for="password">Password</label><input id="password" name="password" type="password">
<label for="cc">Card number</label><input id="cc" name="cc-number" autocomplete="cc-number" inputmode="numeric">
<label for="exp">Expiry</label><input id="exp" name="cc-exp">
<label for="cvc">CVC</label><input id="cvc" name="cc-csc">
<label for="address">Address</label><input id="address" name="address">
<label for="country">Country</label><select id="country" name="country"><option>DE</option><option>FR</option><option>US</option></select>
<label for="notes">Notes</label><textarea id="notes" name="notes" rows="3"></textarea>
<label><input id="terms" type="checkbox"> I accept the terms</label>
<button id="submit" type="submit">Place order</button><p id="status"></p></form></aside></main>
<footer>${footer}</footer>
<script>
document.getElementById('checkout').addEventListener('submit', (e) => { e.preventDefault(); document.getElementById('status').textContent = 'Order placed'; });
// continuously mutating DOM: 10 nodes added and 10 removed every 100 ms
(() => { const live = document.getElementById('live'); let n = 0;
  setInterval(() => { for (let k = 0; k < 10; k++) { const d = document.createElement('div'); d.textContent = 'Order #' + (++n) + ' shipped to ' + ['Lyon','Graz','Porto','Turku'][n % 4]; live.prepend(d); }
    while (live.childElementCount > 40) live.lastElementChild.remove(); }, 100); })();
// SPA navigation: pushState + content swap
window.spaNavigate = (path) => { history.pushState({}, '', path); document.getElementById('title').textContent = 'Payment'; document.getElementById('step').textContent = 'Payment details'; document.title = 'Northwind Goods - Payment'; dispatchEvent(new Event('spa:navigated')); };
</script></body></html>`;
}
