// Product pictures drawn as inline SVG so the site needs no image files and no network.
(function () {
  const shade = 'fill="#000" fill-opacity="0.14"';
  const light = 'fill="#fff" fill-opacity="0.28"';

  // Each drawing fits a 200×200 box; `c` is the product colour.
  const drawings = {
    mug: (c) => `
      <path d="M132 86h10a22 22 0 0 1 0 44h-10" fill="none" stroke="${c}" stroke-width="11"/>
      <rect x="58" y="70" width="80" height="88" rx="12" fill="${c}"/>
      <rect x="58" y="70" width="80" height="14" rx="7" ${shade}/>
      <rect x="68" y="92" width="8" height="52" rx="4" ${light}/>
      <path d="M84 58c-6-8 6-12 0-22M100 58c-6-8 6-12 0-22M116 58c-6-8 6-12 0-22" fill="none" stroke="${c}" stroke-opacity="0.45" stroke-width="4" stroke-linecap="round"/>`,
    tote: (c) => `
      <path d="M76 84V66a24 24 0 0 1 48 0v18" fill="none" stroke="${c}" stroke-width="7"/>
      <path d="M52 84h96l-8 84H60z" fill="${c}"/>
      <path d="M52 84h96l-1.4 14H53.4z" ${shade}/>
      <rect x="84" y="116" width="32" height="26" rx="4" ${light}/>`,
    lamp: (c) => `
      <ellipse cx="70" cy="164" rx="34" ry="9" fill="${c}"/>
      <path d="M70 160 92 92l38-24" fill="none" stroke="#3a3a3a" stroke-width="6" stroke-linecap="round"/>
      <circle cx="92" cy="92" r="7" fill="#3a3a3a"/>
      <path d="M118 54l36 28-22 18-30-30z" fill="${c}"/>
      <path d="M132 100l-10 48 44-20z" fill="${c}" fill-opacity="0.22"/>`,
    notebook: (c) => `
      <rect x="56" y="40" width="92" height="124" rx="8" fill="${c}"/>
      <rect x="56" y="40" width="14" height="124" rx="6" ${shade}/>
      <rect x="128" y="40" width="6" height="124" fill="#1c1c1c" fill-opacity="0.45"/>
      <rect x="84" y="66" width="34" height="20" rx="3" ${light}/>
      <path d="M104 164v18l6-6 6 6v-18" fill="#d64545"/>`,
    planter: (c) => `
      <ellipse cx="84" cy="70" rx="12" ry="30" fill="#5a9e5c" transform="rotate(-28 84 70)"/>
      <ellipse cx="116" cy="66" rx="12" ry="32" fill="#4c8a4e" transform="rotate(24 116 66)"/>
      <ellipse cx="100" cy="58" rx="10" ry="34" fill="#6bb26d"/>
      <path d="M62 110h76l-10 58H72z" fill="${c}"/>
      <rect x="56" y="98" width="88" height="18" rx="4" fill="${c}"/>
      <rect x="56" y="110" width="88" height="6" ${shade}/>`,
    headphones: (c) => `
      <path d="M56 118V100a44 44 0 0 1 88 0v18" fill="none" stroke="${c}" stroke-width="10" stroke-linecap="round"/>
      <rect x="42" y="108" width="30" height="52" rx="13" fill="${c}"/>
      <rect x="128" y="108" width="30" height="52" rx="13" fill="${c}"/>
      <rect x="50" y="116" width="8" height="36" rx="4" ${light}/>
      <rect x="136" y="116" width="8" height="36" rx="4" ${light}/>`,
    bottle: (c) => `
      <rect x="84" y="30" width="32" height="20" rx="5" fill="#3a3a3a"/>
      <path d="M88 50h24v10c14 6 18 16 18 28v70a12 12 0 0 1-12 12H82a12 12 0 0 1-12-12V88c0-12 4-22 18-28z" fill="${c}"/>
      <rect x="70" y="104" width="60" height="30" ${shade}/>
      <rect x="80" y="84" width="7" height="72" rx="3.5" ${light}/>`,
    backpack: (c) => `
      <path d="M84 46a16 16 0 0 1 32 0" fill="none" stroke="#3a3a3a" stroke-width="6"/>
      <rect x="54" y="46" width="92" height="124" rx="22" fill="${c}"/>
      <path d="M54 76a22 22 0 0 1 22-22h48a22 22 0 0 1 22 22v22H54z" ${shade}/>
      <rect x="72" y="122" width="56" height="34" rx="8" ${light}/>
      <rect x="94" y="92" width="12" height="18" rx="3" fill="#3a3a3a"/>`,
  };

  // Three "photos" per product: studio shot, close-up, and the product on its own colour.
  function productArt(product, view = 0) {
    const draw = drawings[product.art] || drawings.mug;
    const label = `${product.name}, view ${view + 1}`;
    const views = [
      { bg: product.tint, transform: '' },
      { bg: '#f4f1ec', transform: 'translate(-60 -50) scale(1.6)' },
      { bg: product.color, transform: 'translate(100 100) rotate(-12) translate(-100 -100)' },
    ];
    const { bg, transform } = views[view] || views[0];
    const color = view === 2 ? '#fdfaf5' : product.color;
    return `<svg viewBox="0 0 200 200" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">
      <rect width="200" height="200" fill="${bg}"/>
      <ellipse cx="100" cy="176" rx="64" ry="8" fill="#000" fill-opacity="0.08"/>
      <g transform="${transform}">${draw(color)}</g>
    </svg>`;
  }

  window.productArt = productArt;
})();
