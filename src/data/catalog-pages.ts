import type { CollectionName } from '../schemas/common.ts';
import { buildListingView, createListingViews, type ListingView } from '../lib/catalog/listing.ts';
import { loadCatalog, loadCatalogData } from './catalog.ts';

export { listingPageHref, paginateListing, type ListingPage } from '../lib/catalog/listing.ts';

/** A listing view (the whole catalog, or one type's index), built once per build. */
export const loadListingView: (type?: CollectionName) => Promise<ListingView> = createListingViews(
	async (type) => buildListingView(await loadCatalog(), await loadCatalogData(), type),
);
