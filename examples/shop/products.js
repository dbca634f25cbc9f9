// The catalogue every page reads. A plain script (no modules) so pages stay dependency-free.
window.SHOP_PRODUCTS = [
  {
    id: 'p1',
    name: 'Stoneware Mug',
    price: 1800,
    category: 'Kitchen',
    art: 'mug',
    color: '#c8553d',
    tint: '#f7e4dd',
    description:
      'A hand-glazed 350 ml mug with a wide handle and a speckled finish. Keeps coffee warm through the first meeting of the day.',
  },
  {
    id: 'p2',
    name: 'Linen Tote',
    price: 2400,
    category: 'Bags',
    art: 'tote',
    color: '#6b8f71',
    tint: '#e3ede4',
    description:
      'Heavy washed linen with long straps and an inner pocket. Carries a laptop, groceries and a book without complaint.',
  },
  {
    id: 'p3',
    name: 'Arc Desk Lamp',
    price: 6900,
    category: 'Home',
    art: 'lamp',
    color: '#e0a526',
    tint: '#faf0d7',
    description:
      'A warm, dimmable LED lamp on a powder-coated steel arm. Swivels to light the page, not your eyes.',
  },
  {
    id: 'p4',
    name: 'Dot Grid Notebook',
    price: 1400,
    category: 'Stationery',
    art: 'notebook',
    color: '#3d5a80',
    tint: '#e1e8f2',
    description:
      'A5, 160 pages of 100 g paper that takes fountain pen ink, with a lay-flat binding and a ribbon marker.',
  },
  {
    id: 'p5',
    name: 'Terracotta Planter',
    price: 2200,
    category: 'Home',
    art: 'planter',
    color: '#b5651d',
    tint: '#f5e6d8',
    description:
      'Unglazed clay pot with a drainage hole and a matching saucer. Fits a small fern or a very ambitious basil.',
  },
  {
    id: 'p6',
    name: 'Studio Headphones',
    price: 12900,
    category: 'Audio',
    art: 'headphones',
    color: '#2b2d42',
    tint: '#e4e5ec',
    description:
      'Closed-back, over-ear headphones with a detachable cable and 40 hours of wireless listening.',
  },
  {
    id: 'p7',
    name: 'Insulated Bottle',
    price: 2900,
    category: 'Outdoors',
    art: 'bottle',
    color: '#2a9d8f',
    tint: '#dcf1ee',
    description:
      'Double-walled steel, 750 ml. Cold for a day, hot for twelve hours, and it does not sweat in your bag.',
  },
  {
    id: 'p8',
    name: 'Canvas Backpack',
    price: 8400,
    category: 'Bags',
    art: 'backpack',
    color: '#8d6e63',
    tint: '#efe7e4',
    description:
      'Waxed canvas with leather trims, a padded laptop sleeve and a roll top that swallows a weekend of clothes.',
  },
];
