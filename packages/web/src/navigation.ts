/** One entry of the main navigation. */
export interface NavigationItem {
  to: string;
  label: string;
}

/**
 * The main navigation, in the order users see it. Only screens that exist are listed: add a
 * screen's route in router.tsx and its entry here together. The shell's browser test reads this
 * list, so it checks a new entry's keyboard order, focus handling and accessibility without edits;
 * keep labels short, as the header lays the entries out on one row at 1280 px.
 */
export const mainNavigation: readonly NavigationItem[] = [
  { to: '/', label: 'Planner workspace' },
  { to: '/documents', label: 'Documents' },
  { to: '/funding', label: 'Funding' },
  { to: '/calendar', label: 'Report calendar' },
  { to: '/projects', label: 'Projects' },
  { to: '/import', label: 'Import' },
  { to: '/search', label: 'Search' },
  { to: '/status', label: 'System status' },
];
