import { SectorChips } from '../features/taxonomy/components/sector-chips';
import { useTaxonomy } from '../features/taxonomy/hooks/use-taxonomy';
import './app.css';

const PLATFORM_NAME = 'Pakistan–Azerbaijan Joint Chamber — B2B platform';

export function App() {
  const { state, retry } = useTaxonomy();

  return (
    <div className="page">
      <header className="hero">
        <p className="eyebrow">Pakistan · Azerbaijan</p>
        <h1>{PLATFORM_NAME}</h1>
        <p className="lead">
          Verified firms from Pakistan and Azerbaijan find matching partners for export, import and
          joint ventures, then talk, meet and sign agreements in one place.
        </p>
      </header>

      <main>
        <section
          className="card"
          aria-labelledby="sectors-heading"
          aria-busy={state.status === 'loading'}
        >
          <h2 id="sectors-heading">Sectors we work with</h2>
          {state.status === 'loading' && (
            <p className="muted" role="status">
              Loading sectors…
            </p>
          )}
          {state.status === 'error' && (
            <div className="error" role="alert">
              <p>
                <strong>The sectors could not be loaded.</strong> {state.message}
              </p>
              <button type="button" className="button" onClick={retry}>
                Try again
              </button>
            </div>
          )}
          {state.status === 'success' && (
            <>
              <SectorChips sectors={state.data.sectors} />
              <p className="muted small">
                {state.data.sectors.length} sectors · {state.data.hsChapters.length} HS chapters ·{' '}
                {state.data.partnershipTypes.length} kinds of partnership
              </p>
            </>
          )}
        </section>

        <section className="card" aria-labelledby="developers-heading">
          <h2 id="developers-heading">For developers</h2>
          <ul className="links">
            <li>
              <a href="/api/docs">API reference (OpenAPI)</a>
            </li>
            <li>
              <a href="/api/health">API health</a>
            </li>
          </ul>
        </section>
      </main>

      <footer className="footer">
        <p>A placeholder page — the full application is on its way.</p>
      </footer>
    </div>
  );
}
