/** A key fingerprint as words to read aloud, with the same bytes as numbers for a second check. */
import { Space, Tag, Typography } from 'antd';
import type { Fingerprint } from '../core/bundle/keys';

export function FingerprintView({ fingerprint, testId }: { fingerprint: Fingerprint; testId?: string }) {
  return (
    <Space orientation="vertical" size={4} data-testid={testId}>
      <Space wrap size={[6, 6]}>
        {fingerprint.words.map((w, i) => (
          <Tag key={i} className="fingerprint-word">
            {w}
          </Tag>
        ))}
      </Space>
      <Typography.Text type="secondary" copyable={{ text: fingerprint.decimal }}>
        {fingerprint.decimal}
      </Typography.Text>
    </Space>
  );
}
