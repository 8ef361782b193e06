import { act, render, screen } from '@testing-library/react';
import { href, pageKey, parseRoute, replaceRoute, useRoute, type Route } from './router';

describe('router', () => {
  it('a page’s address may carry a detail after its parameter: `#/lists/<id>/<articleId>`', () => {
    const route: Route = { name: 'page', page: 'lists', param: '4', sub: '7' };
    expect(parseRoute('#/lists/4/7')).toEqual(route);
    expect(href(route)).toBe('#/lists/4/7');
    expect(parseRoute('#/lists/4')).toEqual({ name: 'page', page: 'lists', param: '4' });
    expect(href({ name: 'page', page: 'lists', param: '4' })).toBe('#/lists/4');
    // No detail without a parameter.
    expect(href({ name: 'page', page: 'lists', sub: '7' })).toBe('#/lists');
    expect(parseRoute('#/lists//7')).toEqual({ name: 'page', page: 'lists', param: '' });
  });

  it('the detail is not a new page: the same page key (App keeps the page, its state and the focus)', () => {
    expect(pageKey(parseRoute('#/lists/4/7'))).toBe(pageKey(parseRoute('#/lists/4')));
    expect(pageKey(parseRoute('#/lists/4/7'))).toBe(pageKey(parseRoute('#/lists/4/8')));
    expect(pageKey(parseRoute('#/lists/4'))).not.toBe(pageKey(parseRoute('#/lists/5')));
    expect(pageKey(parseRoute('#/read/4'))).not.toBe(pageKey(parseRoute('#/read/5')));
  });

  it('replaceRoute changes the address in place (no history entry) and the page sees it', () => {
    window.location.hash = '#/lists/4/7';
    function Shown() {
      return <p>{href(useRoute())}</p>;
    }
    render(<Shown />);
    expect(screen.getByText('#/lists/4/7')).toBeInTheDocument();
    const entries = window.history.length;
    act(() => replaceRoute({ name: 'page', page: 'lists', param: '4', sub: '8' }));
    expect(window.location.hash).toBe('#/lists/4/8');
    expect(window.history.length).toBe(entries);
    expect(screen.getByText('#/lists/4/8')).toBeInTheDocument();
    act(() => replaceRoute({ name: 'page', page: 'lists', param: '4' }));
    expect(screen.getByText('#/lists/4')).toBeInTheDocument();
  });
});
