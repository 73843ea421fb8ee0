/**
 * Demo users and demo data for trying the module out; loaded only when demo mode is switched on,
 * and the first administrator of a production installation.
 */
package be.zorgzame.demo;
