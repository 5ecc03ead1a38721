/** The desk's configuration: the data folder and the embedded defaults generated in it. */
package vn.congdanso.onestop.desk;
