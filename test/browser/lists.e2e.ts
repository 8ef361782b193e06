import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openSeed, readStore, SEED_TITLE } from './app';
import { launch, type Browser } from './chromium';

const base = inject('baseUrl');
const out = mkdtempSync(join(tmpdir(), 'lesa-lists-'));
/** The print view's screenshot, kept for a look by eye (A4 layout). */
export const PRINT_SCREENSHOT = join(out, 'print.png');

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe('word lists in Chromium', () => {
  let teacher: Browser;
  let student: Browser | undefined;
  let listFile = '';
  let lemmas: string[] = [];

  beforeAll(async () => {
    teacher = await launch();
  });
  afterAll(async () => {
    await teacher?.close();
    await student?.close();
  });

  it('builds a list of 10 words from the sample article', async () => {
    const { page } = teacher;
    await page.goto(base);
    await page.getByRole('link', { name: SEED_TITLE }).waitFor({ timeout: 60000 });
    await page.getByRole('navigation').getByRole('link', { name: 'Word lists' }).click();
    await page.getByRole('textbox', { name: 'New list' }).fill('Vika 3: fréttir');
    await page.getByRole('button', { name: 'Create list' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vika 3: fréttir' }).waitFor();

    await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: SEED_TITLE });
    const picks = page.getByRole('checkbox', { name: /^Pick “/ });
    await picks.first().waitFor();
    expect(await picks.count()).toBeGreaterThan(20);
    for (let i = 0; i < 10; i++) await picks.nth(i).check();
    await page.getByRole('button', { name: 'Add 10 words to the list' }).click();
    await page.getByRole('heading', { level: 2, name: '10 words' }).waitFor();
    const rows = page.locator('.list-editor .list-table').first().locator('tbody tr');
    expect(await rows.count()).toBe(10);
    lemmas = await rows.locator('.list-lemma').allTextContents();
    // Every word has a meaning or is shown without one; the first sentence is the example.
    expect(await rows.first().locator('.list-example').textContent()).toMatch(/\.$/);
    expect(teacher.errors).toEqual([]);
  });

  it('print view: a clean A4 table without the app’s chrome', async () => {
    const { page } = teacher;
    await page.getByRole('link', { name: 'Print view' }).click();
    await page.locator('.print-table').waitFor();
    await page.emulateMedia({ media: 'print' });
    // The printable width of A4 with the page margins of styles.css (210 mm − 2 × 12 mm at 96 dpi).
    await page.setViewportSize({ width: 703, height: 1017 });
    try {
      await page.screenshot({ path: PRINT_SCREENSHOT, fullPage: true });
      expect(await page.locator('.top-bar').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
      expect(await page.locator('.print-table thead th').allTextContents()).toEqual(['Word', 'Part of speech', 'Gender', 'Meaning', 'Example', 'Notes']);
      expect(await page.locator('.print-table tbody th').allTextContents()).toEqual(lemmas);
      expect(await page.locator('.print-sheet h1').textContent()).toBe('Vika 3: fréttir');
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdfPages(pdf)).toBe(1);
      // Every page is A4 portrait: 595 × 842 points.
      const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
      expect(boxes.length).toBeGreaterThan(0);
      for (const [, w, h] of boxes) {
        expect(Math.abs(Number(w) - 595.3)).toBeLessThan(1);
        expect(Math.abs(Number(h) - 841.9)).toBeLessThan(1);
      }
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('exports CSV (with BOM), an Anki deck and a Lesa list file', async () => {
    const { page } = teacher;
    await page.getByRole('link', { name: '← Back to the list' }).click();
    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      const path = join(out, download.suggestedFilename());
      await download.saveAs(path);
      return path;
    };
    const csv = readFileSync(await save('CSV (Excel)'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain(lemmas[0]);
    const apkg = readFileSync(await save('Anki deck (.apkg)'));
    expect(apkg.subarray(0, 2).toString('latin1')).toBe('PK');
    listFile = await save('Lesa list file');
    expect(listFile.endsWith('Vika 3 fréttir.lesa-list.json')).toBe(true);
    const json = JSON.parse(readFileSync(listFile, 'utf8'));
    expect(json).toMatchObject({ format: 'lesa-list', version: 1, name: 'Vika 3: fréttir', sources: [{ title: SEED_TITLE }] });
    expect(json.entries.map((e: { display: string }) => e.display)).toEqual(lemmas);
    expect(teacher.errors).toEqual([]);
  });

  it('imports the file into a fresh profile: the words join the vocabulary and the list is kept', async () => {
    student = await launch();
    const { page } = student;
    await page.goto(`${base}#/lists`);
    await page.getByRole('heading', { level: 1, name: 'Word lists' }).waitFor();
    await page.getByLabel('Choose a file…').setInputFiles(listFile);
    await page.getByRole('button', { name: 'Import 10 words' }).click();
    await page.getByText('Added 10, skipped 0, conflicting 0.').waitFor();
    await page.getByRole('link', { name: 'Open the list' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vika 3: fréttir' }).waitFor();
    expect(await page.locator('.list-editor .list-table').first().locator('tbody .list-lemma').allTextContents()).toEqual(lemmas);
    // Importing again changes nothing: every word is already being learnt.
    await page.goto(`${base}#/lists`);
    await page.getByLabel('Choose a file…').setInputFiles(listFile);
    await page.getByRole('checkbox', { name: 'Keep it as a word list' }).uncheck();
    await page.getByRole('button', { name: 'Import 10 words' }).click();
    await page.getByText(/^Added 0, skipped [\d,]+, conflicting 0\.$/).waitFor();

    // The imported words are cards: review one of them.
    await page.goto(`${base}#/review`);
    await page.getByTestId('review-sentence').waitFor();
    await page.keyboard.press('Space');
    const back = page.getByTestId('review-back');
    await back.waitFor();
    const shown = (await back.textContent()) ?? '';
    expect(lemmas.some((l) => shown.includes(l))).toBe(true);
    await page.getByRole('button', { name: /^Good/ }).click();
    await expect.poll(async () => (await readStore(page, 'reviews')).length).toBe(1);
    expect(student.errors).toEqual([]);
  });

  it('starts a list from the article being read, on a phone and on a laptop', async () => {
    const { page } = teacher;
    // The second time the article's list already has a word: the new list is named apart from it.
    const names = [SEED_TITLE, `${SEED_TITLE} (2)`];
    for (const [i, viewport] of [{ width: 390, height: 844 }, { width: 1280, height: 900 }].entries()) {
      await page.setViewportSize(viewport);
      await openSeed(page, base);
      const back = page.getByRole('link', { name: '← Library' });
      const make = page.getByRole('button', { name: 'Make a word list' });
      // Beside the back link, inside the page (no sideways scrolling), a full-size tap target.
      const [b, m] = [(await back.boundingBox())!, (await make.boundingBox())!];
      expect(Math.abs(m.y + m.height / 2 - (b.y + b.height / 2))).toBeLessThan(2);
      expect(m.x).toBeGreaterThan(b.x + b.width);
      expect(m.x + m.width).toBeLessThanOrEqual(viewport.width);
      expect(m.height).toBeGreaterThanOrEqual(44);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      // From the keyboard: the back link, then the button, then on to the text.
      await back.focus();
      await page.keyboard.press('Tab');
      expect(await make.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      // The new list, named after the article, opens in the editor with its builder already on the
      // article: its words are there to pick, without choosing it again.
      await page.waitForURL(/#\/lists\/\d+\/\d+$/);
      const opened = page.url();
      await page.getByRole('heading', { level: 2, name: 'Add words from an article' }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(names[i]);
      const article = page.getByRole('combobox', { name: 'Article' });
      expect(await article.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe(SEED_TITLE);
      await page.getByRole('checkbox', { name: /^Pick “/ }).first().waitFor();
      // Back in the reader, pressed again while the list is empty: the same list, not another.
      await page.goBack();
      await make.click();
      await page.waitForURL(opened);
      await page.getByRole('checkbox', { name: /^Pick “/ }).first().check();
      await page.getByRole('button', { name: 'Add 1 word to the list' }).click();
      await page.getByRole('heading', { level: 2, name: '1 word' }).waitFor();
      // The address follows the teacher's choice of article, in place: the page and the focus stay.
      await article.focus();
      await article.selectOption('');
      await page.waitForURL(opened.replace(/\/\d+$/, ''));
      expect(await article.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.reload();
      expect(await page.getByRole('combobox', { name: 'Article' }).inputValue()).toBe('');
    }
    const made = (await readStore(page, 'lists')).filter((l) => names.includes(l.name as string));
    expect(made.map((l) => [l.name, (l.entries as unknown[]).length])).toEqual(names.map((n) => [n, 1]));
    expect(teacher.errors).toEqual([]);
  });
});

