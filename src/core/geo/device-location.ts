import type { Origin } from './outcode-lookup.ts';

export type DeviceLocation = { ok: true; origin: Origin } | { ok: false; reason: 'denied' | 'unavailable' };

/**
 * Asks the browser where the person is. Called only when they press "Use my location": the
 * browser then asks them too. The position stays on the page; nothing is sent anywhere.
 */
export function askDeviceLocation(timeoutMs = 15000): Promise<DeviceLocation> {
  const geo = globalThis.navigator?.geolocation;
  if (!geo) return Promise.resolve({ ok: false, reason: 'unavailable' });
  return new Promise((resolve) => {
    geo.getCurrentPosition(
      (position) =>
        resolve({
          ok: true,
          origin: { latitude: position.coords.latitude, longitude: position.coords.longitude },
        }),
      (error) => resolve({ ok: false, reason: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      // A rough position is enough for "how far", and is quicker and kinder to the battery.
      { enableHighAccuracy: false, maximumAge: 300000, timeout: timeoutMs },
    );
  });
}
