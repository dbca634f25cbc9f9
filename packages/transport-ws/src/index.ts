export { createWsTransport, type WsStatus, type WsTransportOptions } from './ws-transport';
export type { ReconnectPolicy } from './reconnect-delay';
export type { SocketConstructor, SocketLike } from './connection';
export type { ServerMessage } from './protocol';
