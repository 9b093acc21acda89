package io.github.camellifen.component.http;

import java.io.IOException;
import java.net.Socket;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.util.Timeout;

/**
 * An HTTP/1.1 client connection that writes nothing to HttpClient's {@code org.apache.hc.client5.http.headers} and
 * {@code org.apache.hc.client5.http.wire} logs. HttpClient's own connection prints every header and byte there at
 * DEBUG, which would put the bearer token, the client secret and FHIR bodies in the logs of anyone who turns
 * DEBUG on.
 */
final class UnloggedConnection extends DefaultBHttpClientConnection implements ManagedHttpClientConnection {

    /** Creates the pool's connections, binding each to its socket when the pool passes one. */
    static final HttpConnectionFactory<ManagedHttpClientConnection> FACTORY = socket -> {
        UnloggedConnection connection = new UnloggedConnection();
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    };

    // The timeout of the request in progress, put back when the pool hands the connection out again
    private volatile Timeout socketTimeout = Timeout.DISABLED;

    private UnloggedConnection() {
        super(Http1Config.DEFAULT);
    }

    @Override
    public void bind(Socket socket) throws IOException {
        super.bind(socket);
        socketTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
        super.bind(sslSocket, socket);
        socketTimeout = Timeout.ofMilliseconds(sslSocket.getSoTimeout());
    }

    @Override
    public Socket getSocket() {
        SocketHolder holder = getSocketHolder();
        return holder == null ? null : holder.getSocket();
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
        socketTimeout = timeout;
        super.setSocketTimeout(timeout);
    }

    @Override
    public void passivate() {
        // An idle pooled connection waits without a timeout, and the pool checks it before reuse
        super.setSocketTimeout(Timeout.DISABLED);
    }

    @Override
    public void activate() {
        super.setSocketTimeout(socketTimeout);
    }
}
