import { usePageTracking, useSnapshot, useTrack } from '@sightline/react';
import { LiveScores } from './live-scores';
import { useRoute } from './use-route';

const PRODUCTS = [
  { id: 'p1', name: 'Trail shoes', price: 120 },
  { id: 'p2', name: 'Rain jacket', price: 180 },
  { id: 'p3', name: 'Wool socks', price: 18 },
];

export function App() {
  const [path, navigate] = useRoute();
  usePageTracking(path);
  const track = useTrack();
  const { sessionId, userId } = useSnapshot();
  const onAbout = path === '/about';
  return (
    <main>
      <header>
        <h1>Sightline + React</h1>
        <nav>
          <button id="nav-shop" onClick={() => navigate('/')} aria-current={!onAbout}>Shop</button>
          <button id="nav-about" onClick={() => navigate('/about')} aria-current={onAbout}>About</button>
        </nav>
      </header>
      {onAbout ? (
        <section>
          <h2>About</h2>
          <p>Every click, pageview and route change above is captured and sent to your own Sightline server.</p>
        </section>
      ) : (
        <section>
          <h2>Products</h2>
          <ul className="products">
            {PRODUCTS.map((product) => (
              <li key={product.id}>
                <span>{product.name}</span> <span>{product.price} €</span>
                <button data-testid={`add-${product.id}`} onClick={() => track('add_to_cart', { product: product.id, price: product.price })}>
                  Add to cart
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <LiveScores />
      <footer>
        session <code data-testid="session-id">{sessionId || '…'}</code> · {userId ? `user ${userId}` : 'anonymous'}
      </footer>
    </main>
  );
}
