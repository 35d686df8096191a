import type { Page } from 'playwright-core';

// What a user sees of the sidebar, for the browser tests: its UI is an extension page in a frame
// inside <leeway-sidebar>, reached the way a user's clicks reach it.
export const sidebar = (page: Page) => page.locator('leeway-sidebar iframe').contentFrame();
export const sidebarField = (page: Page, name: string) => sidebar(page).locator(`[data-field="${name}"]`);
export const sidebarCount = (page: Page) => page.locator('leeway-sidebar').count();
export const sidebarText = (page: Page) => sidebar(page).locator('.sidebar-body').textContent();
