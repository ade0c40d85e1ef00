import { distance } from 'fastest-levenshtein';
import { defineRule } from '../engine/rule';
import { straightenQuotes } from '../text/normalise';
import { needsFullFrontMatter, replace } from './util';

export default defineRule({
  meta: {
    id: 'front-matter-category',
    description: 'The Category line is missing, not in the form "Category > Subcategory", or names a category the house does not use.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, report }) {
    const field = model.frontMatter.category;
    const categories = model.profile.data.categories;
    // A profile without categories (the Housing Ombudsman's) has no Category line to check.
    if (Object.keys(categories).length === 0) return;
    if (field === undefined) {
      if (!needsFullFrontMatter(model)) return;
      report({ message: `The front matter has no "${model.profile.data.fields.category[0] ?? 'Category'} : <Category> > <Subcategory>" line.`, span: model.frontMatter.title?.span ?? { start: 0, end: 0 } });
      return;
    }
    if (field.value.trim().length === 0) {
      report({ message: 'The Category line is empty: write "<Category> > <Subcategory>".', span: field.span });
      return;
    }
    const [category, subcategory, ...rest] = field.value.split('>').map((part) => part.trim());
    // A half-typed line ("Housing >") has an empty subcategory, which is no subcategory.
    if (!category || !subcategory || rest.length > 0) {
      report({ message: `The category "${field.value}" should be "<Category> > <Subcategory>".`, span: field.valueSpan });
      return;
    }
    const known = Object.keys(categories);
    // Word turns "Children's" into "Children’s": both apostrophes are house style, as in headings.
    if (known.some((k) => straightenQuotes(k) === straightenQuotes(category))) return;
    const near = known.find((k) => distance(k.toLowerCase(), category.toLowerCase()) <= 2);
    const categorySpan = { start: field.valueSpan.start, end: field.valueSpan.start + category.length };
    report({
      message: near ? `The category "${category}" looks like "${near}".` : `"${category}" is not a category the house uses (${known.join('; ')}).`,
      span: categorySpan,
      ...(near ? { fix: replace(categorySpan, near) } : {}),
    });
  },
});
