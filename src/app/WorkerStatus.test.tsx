import { cleanup, render, screen, within } from '@testing-library/react';
import { inIcelandicWithAndWithoutIntlData } from '../../test/support/noIcelandicIntl';
import type { AnalysisClient, WorkerState } from '../worker/client';
import { AnalysisProvider } from './services';
import { summarizeError } from './ui/errorText';
import { WorkerStatus } from './WorkerStatus';

const unused = () => Promise.reject(new Error('not used'));
function client(state: WorkerState): AnalysisClient {
  return { analyse: unused, analyseForm: unused, dictVersion: unused, lemmaRanks: unused, ready: unused, state: () => state, subscribe: () => () => {} };
}
const show = (state: WorkerState) =>
  render(
    <AnalysisProvider client={client(state)}>
      <WorkerStatus />
    </AnalysisProvider>,
  );

describe('WorkerStatus', () => {
  it('the dictionary failed to load offline: the reason in words (Icelandic too), the browser’s text under Details', async () => {
    // As the worker reports it: the message, and the error itself as plain data.
    const failed: WorkerState = { status: 'failed', error: 'Failed to fetch', cause: summarizeError(new TypeError('Failed to fetch')) };
    show(failed);
    expect(screen.getByRole('alert').querySelector('p')).toHaveTextContent(
      'The dictionary could not be loaded. There was no network connection. Check that this device is online. Reload the page to try again.',
    );
    cleanup();

    await inIcelandicWithAndWithoutIntlData(() => {
      show(failed);
      const alert = screen.getByRole('alert');
      const sentence = alert.querySelector('p');
      expect(sentence).toHaveTextContent('Ekki tókst að hlaða orðabókinni. Engin nettenging náðist. Athugaðu hvort tækið sé tengt netinu. Endurhladdu síðuna til að reyna aftur.');
      expect(sentence?.textContent).not.toContain('fetch');
      expect(within(alert).getByText('Nánar').closest('details')).toHaveTextContent('TypeError: Failed to fetch');
    });
  });

  it('a failure with no name (the worker script itself failed): a general sentence with the raw text', () => {
    show({ status: 'failed', error: 'HTTP 404' });
    expect(screen.getByRole('alert').querySelector('p')).toHaveTextContent('The dictionary could not be loaded. Something unexpected went wrong. Reload the page to try again.');
    expect(screen.getByRole('alert')).toHaveTextContent('HTTP 404');
  });
});
