import { useState } from 'preact/hooks';
import { ApiError, createApi, type Api } from '../api/client';

/** Read-key login: the key is checked against the API before the dashboard opens. */
export function Login({ onLogin }: { onLogin(api: Api): void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const api = createApi(key.trim());
    try {
      await api.get('/v1/query/sessions', { limit: 1 });
      onLogin(api);
    } catch (caught) {
      setError(caught instanceof ApiError ? `${caught.code}: ${caught.message}` : 'The server cannot be reached.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="login">
      <form onSubmit={submit} aria-label="Sign in">
        <h1>Sightline</h1>
        <label>
          Read key
          <input
            name="readKey"
            type="password"
            autoComplete="off"
            placeholder="sl_r_…"
            value={key}
            onInput={(event) => setKey(event.currentTarget.value)}
            required
          />
        </label>
        <button type="submit" disabled={busy || key.trim() === ''}>
          Open dashboard
        </button>
        {error && <p role="alert" class="error">{error}</p>}
        <p class="hint">The read key was printed when the server first started (`sightline-server keys list`).</p>
      </form>
    </main>
  );
}
