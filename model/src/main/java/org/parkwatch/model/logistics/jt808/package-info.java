/**
 * JT/T 808-2019 (道路运输车辆卫星定位系统 终端通讯协议及数据格式), the Chinese vehicle-terminal protocol that hazmat
 * trucks speak to the park: framing, escaping, check code, the message header (2013 and 2019
 * layouts) and the bodies the park needs (registration, authentication, heartbeat, general
 * responses, location 0x0200 and batch location 0x0704).
 *
 * <p>Plain Java, no IO: the TCP server in the backend and the terminal simulator both use it. Byte
 * layouts follow the standard's clauses 4 (data types, BCD, big-endian), 4.4 (frame, escape, check
 * code), 4.5 (header) and 8 (message bodies). Strings are GBK, as the standard requires.
 */
package org.parkwatch.model.logistics.jt808;
