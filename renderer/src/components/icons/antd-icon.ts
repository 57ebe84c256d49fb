/** antd's full icon component, quiet (quiet-icon.tsx); vite.config.ts puts it in place of '../components/AntdIcon'. */
import AntdIcon from '@ant-design/icons/es/components/AntdIcon';
import { quietIcon } from './quiet-icon';

export default quietIcon(AntdIcon);
