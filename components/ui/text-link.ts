// A link inside a sentence is underlined, not told apart by colour alone
// (WCAG 1.4.1); links standing on their own (table cells, lists) underline on hover.
export const inTextLinkClass = "text-brand-600 underline underline-offset-2 hover:text-brand-700";
