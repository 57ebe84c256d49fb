/** antd's light icon component, quiet (quiet-icon.tsx); vite.config.ts puts it in place of '../components/AntdIconLight'. */
import AntdIconLight from '@ant-design/icons/es/components/AntdIconLight';
import { quietIcon } from './quiet-icon';

export default quietIcon(AntdIconLight);
