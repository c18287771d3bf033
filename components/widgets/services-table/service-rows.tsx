// The table rows, shared by the static table and the live one (no hooks).
import type { LocalService } from '@/lib/pricing/services';
import type { ServicesText } from './strings';

export function ServiceRows({ rows, t }: { rows: readonly LocalService[]; t: ServicesText }) {
  return (
    <tbody>
      {rows.map((s) => (
        <tr key={s.id} data-service={s.id}>
          <td>{t.types[s.type]}</td>
          <th scope="row" className="font-semibold">
            {s.service}
          </th>
          <td>{s.provider}</td>
          <td>{s.pricing}</td>
          <td>{t.status[s.priceStatus]}</td>
        </tr>
      ))}
    </tbody>
  );
}
