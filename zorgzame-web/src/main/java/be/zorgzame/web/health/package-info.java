/**
 * Whether this node should get requests from the load balancer: {@code /health/ready} is DOWN from the
 * moment the node is told to stop.
 */
package be.zorgzame.web.health;
