// Where the site is published; canonical and alternate-language URLs are built from this one setting.
export const siteUrl = (process.env.SITE_URL ?? 'https://aigc-explained.example').replace(/\/+$/, '');
