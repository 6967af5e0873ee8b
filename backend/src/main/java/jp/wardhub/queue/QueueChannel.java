package jp.wardhub.queue;

/**
 * The publish/subscribe channel that carries {@link FloorChanged} to every instance serving boards: in this process
 * ({@code wardhub.queue.channel=memory}, one instance) or through Redis ({@code redis}, any number of instances).
 */
public interface QueueChannel {

    void publish(FloorChanged change);
}
