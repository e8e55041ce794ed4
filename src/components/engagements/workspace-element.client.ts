import { WorkspaceStorage, isWorkspaceKey } from './workspace-storage.client.ts';
import { showNotice } from './workspace-ui.client.ts';
import type { WorkspaceCatalog } from '../../lib/engagements/types.ts';

/** A view of the workspace: it draws itself from storage, and again when another tab changes it. */
export interface WorkspaceView {
	render(): void;
}

/**
 * Defines `<pdp-engagements>` with one view: the list of engagements (`/engagements/`) or one
 * engagement's page. Each page loads only its own view. The catalog it works on is the JSON
 * written into the page at build time.
 */
export function defineWorkspace(
	view: (root: HTMLElement, catalog: WorkspaceCatalog, storage: WorkspaceStorage) => WorkspaceView,
): void {
	class PdpEngagements extends HTMLElement {
		connectedCallback(): void {
			const catalog = JSON.parse(
				this.querySelector('[data-catalog]')?.textContent ?? '{}',
			) as WorkspaceCatalog;
			const shown = view(this, catalog, new WorkspaceStorage((text) => showNotice(this, text)));
			window.addEventListener('storage', (event) => {
				if (isWorkspaceKey(event.key)) shown.render();
			});
			shown.render();
			this.toggleAttribute('data-ready', true);
		}
	}
	customElements.define('pdp-engagements', PdpEngagements);
}
