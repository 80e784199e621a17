import { describe, expect, it } from 'vitest';
import { isAdminPath } from './adminPages.ts';

describe('isAdminPath', () => {
  it('knows the editor and its files, with or without the leading slash (Astro gives both forms)', () => {
    for (const path of ['/admin/', '/admin', 'admin/', '/admin/config.yml']) expect(isAdminPath(path)).toBe(true);
  });

  it('leaves readers’ pages alone, including ones that merely start with the same letters', () => {
    for (const path of ['/', '/tin-tuc/2024/admin/', '/administration/', '/en/admin-guide/', '']) expect(isAdminPath(path)).toBe(false);
  });
});
