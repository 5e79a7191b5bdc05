// A fresh signature for the signed-in customer, for the widget's `identify()` callback.
import { signedCustomer } from '../../../lib/grapevine-server';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const customer = await signedCustomer();
  if (!customer) return Response.json({ error: 'not signed in' }, { status: 401 });
  return Response.json(customer, { headers: { 'Cache-Control': 'no-store' } });
}
