import { BuyButton } from './buy-button';

export default function ShopPage() {
  return (
    <section className="card">
      <h1>Morning blend, 1 kg</h1>
      <p>Roasted on Mondays, shipped on Tuesdays.</p>
      <BuyButton price={24} />
    </section>
  );
}
