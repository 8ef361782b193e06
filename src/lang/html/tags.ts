/** Element names the HTML import treats specially (lower case). */

/**
 * Elements whose content is never text of the article: dropped with everything inside them. Form
 * controls are among them, but not `<form>`: some pages wrap the whole article in one (forms.ts).
 */
export const DROP_TAGS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg',
  'math', 'canvas', 'video', 'audio', 'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'datalist',
  'output', 'keygen', 'link', 'meta', 'base',
];

/** Elements that start a new block of text (a paragraph, heading, list item, cell, caption …). */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);
