import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Two local web servers standing in for a shop and an ad network: the shop
 * on 127.0.0.1, the ad network on localhost (another site to the browser),
 * setting known first- and third-party cookies the way real sites do (HTTP
 * headers, scripts, an iframe and an image).
 */
export interface LocalSite {
  shop: string;
  ads: string;
  /** Paths each server was asked for, in order. */
  requests: { shop: string[]; ads: string[] };
  close(): Promise<void>;
}

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve) => server.listen(0, host, () => resolve((server.address() as AddressInfo).port)));
}

export async function startLocalSite(): Promise<LocalSite> {
  const requests = { shop: [] as string[], ads: [] as string[] };
  let adsOrigin = '';
  const page = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
  const shop = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.shop.push(path);
    if (path === '/') {
      res.setHeader('Set-Cookie', 'shop_session=s1; Path=/; HttpOnly');
      res.setHeader('Content-Type', 'text/html');
      res.end(
        page(
          'Shop',
          `<script>document.cookie = "_ga=GA1.1.42.42; max-age=63072000; path=/"; document.cookie = "_fbp=fb.1.42.42; max-age=7776000; path=/"; localStorage.setItem("shop_cart", "[]");</script>
           <a href="/about">About</a> <a href="/contact#form">Contact</a> <a href="/terms.pdf">Terms</a> <a href="${adsOrigin}/elsewhere">Partner</a> <a href="mailto:a@b.example">Mail</a>
           <iframe src="${adsOrigin}/frame"></iframe><img src="${adsOrigin}/pixel.gif" alt="">`,
        ),
      );
      return;
    }
    if (path === '/about') {
      res.setHeader('Content-Type', 'text/html');
      res.end(page('About', '<script>document.cookie = "_gid=GA1.1.7; max-age=86400; path=/";</script><a href="/">Home</a>'));
      return;
    }
    if (path === '/contact') {
      res.setHeader('Content-Type', 'text/html');
      res.end(page('Contact', '<p>Write to us.</p>'));
      return;
    }
    res.statusCode = 404;
    res.end('not found');
  });
  const ads = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.ads.push(path);
    if (path === '/frame') {
      res.setHeader('Set-Cookie', 'test3p=1; Max-Age=3600; Path=/; SameSite=None; Secure');
      res.setHeader('Content-Type', 'text/html');
      res.end(page('Ad', '<p>ad</p>'));
      return;
    }
    if (path === '/pixel.gif') {
      res.setHeader('Set-Cookie', 'IDE=AHWq; Max-Age=33696000; Path=/; SameSite=None; Secure');
      res.setHeader('Content-Type', 'image/gif');
      res.end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
      return;
    }
    res.statusCode = 404;
    res.end('not found');
  });
  const shopPort = await listen(shop, '127.0.0.1');
  const adsPort = await listen(ads, '127.0.0.1');
  adsOrigin = `http://localhost:${adsPort}`;
  return {
    shop: `http://127.0.0.1:${shopPort}/`,
    ads: adsOrigin,
    requests,
    close: async () => {
      await Promise.all([new Promise((r) => shop.close(r)), new Promise((r) => ads.close(r))]);
    },
  };
}
