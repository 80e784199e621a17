import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPhotoFile, photoAlt, placePhotos } from './photos.ts';

const root = mkdtempSync(join(tmpdir(), 'bantin-photos-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const exportsDir = join(root, 'exports');
mkdirSync(join(exportsDir, 'images'), { recursive: true });
mkdirSync(join(exportsDir, 'bai_files'), { recursive: true });
writeFileSync(join(exportsDir, 'images', 'a.jpg'), 'a');
writeFileSync(join(exportsDir, 'bai_files', 'b.JPEG'), 'b');
writeFileSync(join(root, 'secret.jpg'), 's');
const page = join(exportsDir, 'bai.html');

describe('findPhotoFile', () => {
  it('finds a photo by its relative path, or by its name in the folder the browser saved beside the page', async () => {
    expect(await findPhotoFile('images/a.jpg', page)).toBe(join(exportsDir, 'images', 'a.jpg'));
    expect(await findPhotoFile('https://portal.example.vn/uploads/b.JPEG?w=800', page)).toBe(join(exportsDir, 'bai_files', 'b.JPEG'));
    expect(await findPhotoFile('/uploads/2024/b.JPEG', page)).toBe(join(exportsDir, 'bai_files', 'b.JPEG'));
    expect(await findPhotoFile('images/missing.jpg', page)).toBeNull();
  });

  it('never takes a file outside the page’s folder, or a file that is not a picture', async () => {
    expect(await findPhotoFile('../secret.jpg', page)).toBeNull();
    expect(await findPhotoFile('bai.html', page)).toBeNull();
  });
});

describe('photoAlt', () => {
  it('keeps a real alt, and otherwise takes the caption without its credit', () => {
    expect(photoAlt({ marker: '', src: '', alt: 'Quang cảnh hội nghị', caption: 'x' })).toBe('Quang cảnh hội nghị');
    expect(photoAlt({ marker: '', src: '', alt: 'anh 1', caption: 'Lãnh đạo trao cờ. (Ảnh: Minh Trí)' })).toBe('Lãnh đạo trao cờ');
    expect(photoAlt({ marker: '', src: '', alt: 'IMG_0001.jpg', caption: '' })).toBe('');
  });
});

describe('placePhotos', () => {
  const photos = [
    { marker: 'BANTINPHOTO0X', src: 'images/a.jpg', alt: '', caption: 'Quang cảnh buổi lễ. Ảnh: Thanh Mỹ' },
    { marker: 'BANTINPHOTO1X', src: 'images/gone.jpg', alt: '', caption: 'Trao cờ thi đua. Ảnh: Minh Trí' },
    { marker: 'BANTINPHOTO2X', src: 'bai_files/b.JPEG', alt: '', caption: '' },
  ];
  const body = 'Đoạn một.\n\nBANTINPHOTO0X\n\nĐoạn hai.\n\nBANTINPHOTO1X\n\nBANTINPHOTO2X';
  const options = { htmlFile: page, contentDir: join(root, 'content'), year: '2024', slug: 'bai-viet', title: 'Tiêu đề bài', write: true };

  it('copies the photos found into media/YEAR and shows them with their captions; a missing one keeps its caption and is listed', async () => {
    const placed = await placePhotos(body, photos, options);
    expect(placed.body).toBe(
      [
        'Đoạn một.',
        '<figure>\n  ![Quang cảnh buổi lễ](../../../media/2024/bai-viet-1.jpg)\n  <figcaption>Quang cảnh buổi lễ. Ảnh: Thanh Mỹ</figcaption>\n</figure>',
        'Đoạn hai.',
        '<figure>\n  <figcaption>Trao cờ thi đua. Ảnh: Minh Trí</figcaption>\n</figure>',
        '<figure>\n  ![Tiêu đề bài](../../../media/2024/bai-viet-3.jpg)\n</figure>',
      ].join('\n\n'),
    );
    expect(readdirSync(join(root, 'content', 'media', '2024')).sort()).toEqual(['bai-viet-1.jpg', 'bai-viet-3.jpg']);
    expect(placed.review.map((r) => r.en)).toEqual([
      'the photo images/gone.jpg is not beside the saved page (caption: "Trao cờ thi đua. Ảnh: Minh Trí"); its caption is kept',
      'the photo bai-viet-3.jpg has no description; the headline stands in: describe what it shows',
    ]);
  });

  it('leaves a photo already in media/ as it is, so a second import changes nothing', async () => {
    writeFileSync(join(root, 'content', 'media', '2024', 'bai-viet-1.jpg'), 'edited by an editor');
    const again = await placePhotos(body, photos, options);
    expect(again.copied).toEqual([]);
  });
});
