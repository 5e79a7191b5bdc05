// The shop's catalogue: one list read by the pages (to show prices) and by the shop's backend
// (to compute what an order costs; it never takes a price or a total from the browser).
// Prices are integers in cents.

/** The shop's currency (ISO 4217). */
export const CURRENCY = 'EUR';

export const catalog = [
  {
    id: 'beans-nord',
    name: 'Nordic Morning beans',
    blurb: 'Light roast, 500 g. Berries and honey.',
    priceMinor: 1450,
    colors: ['#e9d8c0', '#8a5a3b'],
  },
  {
    id: 'kettle',
    name: 'Gooseneck kettle',
    blurb: 'Steady pour for perfect filter coffee.',
    priceMinor: 4900,
    colors: ['#dfe7e2', '#2f6f4f'],
  },
  {
    id: 'mug-set',
    name: 'Stoneware mugs (2)',
    blurb: 'Hand-glazed in Bornholm. 300 ml each.',
    priceMinor: 3200,
    colors: ['#f1e4d3', '#c8743a'],
  },
  {
    id: 'kanelbulle',
    name: 'Cinnamon bun kit',
    blurb: 'Everything for twelve buns but the oven.',
    priceMinor: 1800,
    colors: ['#f6ead9', '#a0522d'],
  },
  {
    id: 'tea-sencha',
    name: 'Sencha green tea',
    blurb: 'First flush, 100 g. Grassy and sweet.',
    priceMinor: 1600,
    colors: ['#e3ecd9', '#5b8a3a'],
  },
  {
    id: 'grinder',
    name: 'Hand grinder',
    blurb: 'Ceramic burrs, 38 click settings.',
    priceMinor: 6400,
    colors: ['#e4e4ea', '#3d4a5c'],
  },
];
