import { describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { useSyncExternalStore, version } from 'react';
import { version as domVersion } from 'react-dom';
import { renderToString } from 'react-dom/server';

// Each vitest project for this package names the React major it runs on; this fails if another loads.
const major = process.env.SIGHTLINE_REACT_MAJOR;

function Version() {
  const value = useSyncExternalStore(() => () => {}, () => version, () => version);
  return <p>{`react ${value}`}</p>;
}

describe('the React these tests run on', () => {
  it('is the one the project names, for react, react-dom and the JSX runtime', () => {
    expect(major).toMatch(/^1[89]$/);
    expect(version.split('.')[0]).toBe(major);
    expect(domVersion.split('.')[0]).toBe(major);
    // React 19 marks elements with a new symbol, so this tells which react/jsx-runtime compiled the JSX.
    const element = (<p />) as unknown as { $$typeof: symbol };
    expect(element.$$typeof).toBe(Symbol.for(major === '18' ? 'react.element' : 'react.transitional.element'));
  });

  it('is the one Testing Library and react-dom/server render with', () => {
    render(<Version />);
    expect(screen.getByText(`react ${version}`)).toBeDefined();
    cleanup();
    expect(renderToString(<Version />)).toContain(`react ${version}`);
  });
});
