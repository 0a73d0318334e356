/* Pagefind, as the search page's interface (pagefind-ui.js) sees it: the real module in the site's
   pagefind/ folder, except that it reports no filters.

   Pagefind 1.5.2 counts, on every search, the hits of each value of every filter it has loaded, and
   it does so by looking each of the value's pages up in the list of hits: on an archive of a hundred
   thousand records a common word took seconds (bench/RESULTS.md). Its interface loads every filter
   when it starts and shows them with those counts. Here it sees none, so it loads none and draws no
   filters; theme/assets/sok.js draws the filter controls itself, from the values the build wrote
   (namndsajt-filter.json), and pagefind loads a filter only when a reader ticks one of its values. */
import * as pagefind from "../../pagefind/pagefind.js";

export const options = pagefind.options;
export const init = pagefind.init;
export const destroy = pagefind.destroy;
export const mergeIndex = pagefind.mergeIndex;
export const preload = pagefind.preload;

export async function filters() {
  return {};
}

function utanAntal(svar) {
  return svar ? Object.assign({}, svar, { filters: {}, totalFilters: {} }) : svar;
}

export async function search(term, alternativ) {
  return utanAntal(await pagefind.search(term, alternativ));
}

export async function debouncedSearch(term, alternativ, vantetid) {
  return utanAntal(await pagefind.debouncedSearch(term, alternativ, vantetid));
}
