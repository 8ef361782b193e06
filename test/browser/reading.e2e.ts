import { inject } from 'vitest';
import { sharedBrowser, SEED_TITLE } from './app';

const base = inject('baseUrl');

describe('reading loop in Chromium', () => {
  const browser = sharedBrowser();

  it('first run shows the sample; tapping words shows lemma, gloss and compound parts', async () => {
    const { page } = browser();
    await page.goto(base);
    const link = page.getByRole('link', { name: SEED_TITLE });
    await link.waitFor({ timeout: 30000 });
    await link.click();

    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    expect(await page.locator('.byline').textContent()).toContain('Samúel Karl Ólason');

    await page.locator('.article-body .w', { hasText: /^Bandaríkjanna$/ }).first().click();
    const pop = page.getByRole('dialog', { name: /Bandaríkjanna/ });
    await pop.waitFor();
    expect(await pop.getByTestId('gloss-lemma').textContent()).toBe('Bandaríkin');
    expect(await pop.locator('.senses li').count()).toBeGreaterThan(0);

    // Close it (as a reader would, the popover may cover the next word), then tap the compound.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.locator('.article-body .w', { hasText: /^gervihnattarþyrpingunni$/ }).first().click();
    const pop2 = page.getByRole('dialog', { name: /gervihnattarþyrpingunni/ });
    await pop2.waitFor();
    const parts = pop2.locator('.gloss-parts > ul > li');
    expect(await parts.count()).toBe(2);
    expect(await parts.nth(0).textContent()).toContain('gervihnöttur');
    expect(await parts.nth(1).textContent()).toContain('þyrping');
    for (const i of [0, 1]) expect(await parts.nth(i).locator('.senses li').count()).toBeGreaterThan(0);

    // A verb phrase with a pronoun between its words: "lýsti því yfir" = declared.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.locator('.article-body .w', { hasText: /^lýsti$/ }).first().click();
    const pop3 = page.getByRole('dialog', { name: /lýsti/ });
    await pop3.waitFor();
    const phrase = pop3.locator('.gloss-phrase');
    expect(await phrase.textContent()).toContain('lýsti því yfir');
    expect(await phrase.getByTestId('phrase-lemma').textContent()).toBe('lýsa yfir');
    expect(await phrase.locator('.senses').textContent()).toContain('declare');
    // The phrase's other word is marked in the text; the pronoun between is not.
    const yfir = page.locator('.article-body .w', { hasText: /^yfir$/ }).first();
    await expect.poll(() => yfir.evaluate((el) => el.classList.contains('in-phrase'))).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(browser().errors).toEqual([]);
  });

  it('keyboard: Tab into the text, arrows move, Enter opens, Escape closes', async () => {
    const { page } = browser();
    const first = page.locator('.article-body .w').first();
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const second = await page.locator('.article-body .w').nth(1).textContent();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(second);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: new RegExp(second!) }).waitFor();
    await page.keyboard.press('ArrowRight');
    const third = await page.locator('.article-body .w').nth(2).textContent();
    await page.getByRole('dialog', { name: new RegExp(third!) }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(third);
  });
});
