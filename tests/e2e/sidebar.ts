import type { Page } from 'playwright-core';

// What a user sees of the sidebar, for the browser tests. Locators pierce its open shadow root.
export const sidebarField = (page: Page, name: string) => page.locator(`leeway-sidebar [data-field="${name}"]`);
export const sidebarCount = (page: Page) => page.locator('leeway-sidebar').count();
export const sidebarText = (page: Page) => page.locator('leeway-sidebar .sidebar-body').textContent();
